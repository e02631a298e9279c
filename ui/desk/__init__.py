"""The Desk: scan or type a serial, a phone or a document number and see the unit, its owner
and its history.
"""
