"""Printed documents (ReportLab): warranty certificates, work orders, receipts, labels.

Documents are drawn from plain dataclasses (below and in each module), never
from ORM rows: the services gather the data, printing only lays it out.
"""
