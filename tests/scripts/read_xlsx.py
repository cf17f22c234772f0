#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an .xlsx with an independent reader and prints what it holds as JSON.

openpyxl (Debian: python3-openpyxl) stands in for Excel and LibreOffice: the
tests assert on what it sees, not on what ForumDesk meant to write.

Usage: read_xlsx.py FILE.xlsx

Prints {"sheets": [{"title", "freeze", "autofilter", "widths": {"A": 12.0},
"rows": [[cell or null, ...], ...]}]}, a cell being {"type": openpyxl's
data type ("s" text, "n" number, "d" date, "f" formula, "b" boolean),
"value", "format": the number format, "bold"}; dates as ISO text.

Exit codes: 0 read; 2 wrong usage; 3 openpyxl is missing; 4 not readable.
"""
import datetime
import json
import sys

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("The python module openpyxl is missing: apt install python3-openpyxl (tools/deps.sh --test installs it).",
          file=sys.stderr)
    sys.exit(3)


def cell_json(cell):
    if cell.value is None:
        return None
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        value = value.isoformat()
    return {
        "type": cell.data_type,
        "value": value,
        "format": cell.number_format,
        "bold": bool(cell.font and cell.font.b),
    }


def sheet_json(sheet):
    widths = {}
    for column in range(1, sheet.max_column + 1):
        letter = get_column_letter(column)
        dimension = sheet.column_dimensions.get(letter)
        if dimension is not None and dimension.width:
            widths[letter] = dimension.width
    return {
        "title": sheet.title,
        "freeze": sheet.freeze_panes,
        "autofilter": sheet.auto_filter.ref,
        "widths": widths,
        "rows": [[cell_json(cell) for cell in row] for row in sheet.iter_rows()],
    }


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        # Not data_only: a formula must show as one ("f"), never be evaluated away.
        # Opened by us: openpyxl judges a path by its extension, not by its content.
        with open(argv[1], "rb") as stream:
            book = openpyxl.load_workbook(stream)
    except Exception as error:  # the reader's own words say best what is wrong
        print("%s cannot be read as an Excel workbook: %s" % (argv[1], error), file=sys.stderr)
        return 4
    json.dump({"sheets": [sheet_json(sheet) for sheet in book.worksheets]}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
