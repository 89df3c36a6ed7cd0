#!/usr/bin/python3
"""Writes the sample files an office brings to File > Import... (see README.md in this folder):
an Excel workbook (openpyxl), a CSV as Japanese Excel saves it (Shift_JIS/CP932, CRLF) and a folder
of business cards. Their companies are the investors of the app's sample dataset, named as offices
write them (an alias, the Latin name, a legal form added or left out); one company is unknown and
two people are already in the sample data, so the preview shows a refused row and duplicates.
Run from this folder with Debian's python3-openpyxl: /usr/bin/python3 make-samples.py"""
import datetime

import openpyxl
from openpyxl.styles import Font

HEADER = ["会社名", "氏名", "フリガナ", "役職", "部署", "メール", "電話", "備考"]
ROWS = [
    ["(株)桜海食品", "佐々木 健", "ササキ ケン", "課長", "海外営業部", "k.sasaki@sakuraumi-foods.example",
     "03-5555-0101", "2025年 FOODEX で名刺交換"],
    ["Yazaki Corporation", "中村 由美", "ナカムラ ユミ", "部長", "欧州・アフリカ事業部",
     "y.nakamura@yazaki.example", "03-5555-0102", "既に登録済み (e-mail が同じ)"],
    ["東雲繊維", "小林 真理", "コバヤシ マリ", "主任", "生産本部", "m.kobayashi@shinonome-textile.example",
     "06-5555-0103", ""],
    ["Aomine Energy", "林 直樹", "ハヤシ ナオキ", "部長", "海外開発部", "",
     "03-5555-0104", "同姓同名: 既存の連絡先に電話番号だけ足す"],
    ["朝凪ロジスティクス株式会社", "Dupont, Claire", "", "Directrice Afrique", "International",
     "c.dupont@asanagi-logistics.example", "+33 1 55 55 01 05", "Bureau de Paris"],
    ["北斗精密株式会社", "高田 亮", "タカダ リョウ", "社長", "", "r.takada@hokuto-seimitsu.example",
     "052-555-0106", "未登録の会社: 先に投資家として登録する"],
    ["天翔", "岡本 結衣", "オカモト ユイ", "課長", "海外生産企画部", "y.okamoto@amakake-aero.example",
     "03-5555-0107", ""],
]


def workbook():
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 11, 4, 9, 0, 0)
    ws = wb.active
    ws.title = "取引先担当者"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (26, 16, 16, 18, 20, 36, 18, 40)):
        ws.column_dimensions[column].width = width
    wb.save("contacts.xlsx")


def cp932_csv():
    rows = [
        ["会社名", "氏名", "フリガナ", "役職", "メール", "電話", "備考"],
        ["㈱桜海食品", "松本 美穂", "マツモト ミホ", "係長", "m.matsumoto@sakuraumi-foods.example", "03-5555-0201",
         "①試食会の案内\n②見積依頼"],
        ["青嶺エナジー", "髙橋 一郎", "タカハシ イチロウ", "技術部長", "i.takahashi@aomine-energy.example",
         "03-5555-0202", "山﨑さんの紹介"],
        ["Shinonome Textile", "Martin, Elodie", "", "Responsable achats", "e.martin@shinonome-textile.example",
         "+212 5 22 55 02 03", "Casablanca"],
    ]

    def cell(text):
        if any(c in text for c in ',"\n'):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "".join(",".join(cell(c) for c in row) + "\r\n" for row in rows)
    with open("contacts-cp932.csv", "wb") as f:
        f.write(text.encode("cp932"))  # a line break inside a cell stays LF, as Excel writes it


CARDS = {
    "iphone-sato.vcf": """BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//iPhone OS 17.4//EN\r
N:佐藤;健太;;;\r
FN:佐藤 健太\r
X-PHONETIC-FIRST-NAME:けんた\r
X-PHONETIC-LAST-NAME:さとう\r
ORG:矢崎総業株式会社;海外事業本部;\r
TITLE:課長\r
EMAIL;type=INTERNET;type=WORK;type=pref:k.sato@yazaki.example\r
TEL;type=CELL;type=VOICE;type=pref:090-5555-0301\r
TEL;type=WORK;type=VOICE:03-5555-0301\r
END:VCARD\r
""",
    "android-ito.vcf": """BEGIN:VCARD\r
VERSION:2.1\r
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E4=BC=8A=E8=97=A4;=E7=BE=8E=E5=92=B2;;;\r
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E4=BC=8A=E8=97=A4=20=E7=BE=8E=E5=92=B2\r
X-PHONETIC-FIRST-NAME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E3=83=9F=E3=82=B5=E3=82=AD\r
X-PHONETIC-LAST-NAME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E3=82=A4=E3=83=88=E3=82=A6\r
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9C=9D=E5=87=AA=E3=83=AD=E3=82=B8=E3=82=B9=E3=83=86=E3=82=A3=E3=82=AF=E3=82=B9\r
TEL;WORK:0455550302\r
EMAIL;WORK:m.ito@asanagi-logistics.example\r
END:VCARD\r
""",
    "outlook-benali.vcf": """BEGIN:VCARD\r
VERSION:4.0\r
N;SORT-AS="Benali,Karim":Benali;Karim;;;\r
FN:Karim Benali\r
ORG:Amakake Aero Components Co., Ltd.;Casablanca Office\r
TITLE:Country Manager\r
EMAIL;TYPE=work:k.benali@amakake-aero.example\r
TEL;TYPE=work,voice;VALUE=uri:tel:+212-522-55-03-03\r
URL:https://www.amakake-aero.example\r
NOTE:Met at the Marrakech investment forum.\r
END:VCARD\r
""",
}


def cards():
    for name, text in CARDS.items():
        with open("cards/" + name, "w", encoding="utf-8", newline="") as f:
            f.write(text)


workbook()
cp932_csv()
cards()
