#!/usr/bin/python3
"""Writes the openpyxl fixtures of this folder (see README.md). Run from this folder:
python3 make-openpyxl.py. Dates are fixed, so the output changes only with openpyxl's version."""
import datetime

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.properties import CalcProperties

created = datetime.datetime(2024, 3, 1, 9, 0, 0)

wb = openpyxl.Workbook()
wb.properties.created = created
wb.properties.modified = created
ws = wb.active
ws.title = "Contacts"
ws.append(["Name", "Reading", "Company", "Country", "Met on", "Meeting at", "Employees", "Revenue", "Active", "Web", "Staff x2"])
ws.append(["山田 太郎", "やまだ たろう", "株式会社山田製作所", "Japan", datetime.date(2024, 3, 15),
           datetime.datetime(2024, 3, 15, 14, 30), 120, 1234.5, True, '=HYPERLINK("https://yamada.example.jp","site")',
           "=G2*2"])
ws.append(["Élodie Lefèvre", None, "Société Générale d'Électronique", "France", datetime.date(1999, 12, 31),
           None, 3, -0.25, False, None])
ws.append([])  # a blank row 4
ws.append(["محمد العلي", "Muhammad al-Ali", "شركة الخليج", "Saudi Arabia", datetime.date(2023, 1, 2),
           datetime.datetime(2023, 1, 2, 8, 5, 30), None, 1e9, None, "https://example.sa"])
ws["E5"].number_format = "yyyy/m/d"
ws["G3"].number_format = '0" staff"'
ws.freeze_panes = "A2"

notes = wb.create_sheet("Notes")
notes.append(["Topic", "Due"])
notes.append(["Visa letters", datetime.date(2024, 4, 1)])
wb.save("openpyxl-contacts.xlsx")

old = openpyxl.Workbook()
old.epoch = CALENDAR_MAC_1904
old.properties.created = created
old.properties.modified = created
sheet = old.active
sheet.title = "Mac"
sheet.append(["Name", "Visit"])
sheet.append(["Tanaka", datetime.date(2024, 3, 15)])
sheet.append(["Dupont", datetime.datetime(1904, 1, 2, 12, 0)])
old.save("openpyxl-1904.xlsx")
