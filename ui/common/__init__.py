"""What every area of the window shares: the ops door, the paged table model, the form base,
tables, badges, formatting, pickers, record cards and the PDF preview. Imports no area.
"""
