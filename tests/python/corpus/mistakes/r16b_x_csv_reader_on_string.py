# csv.reader given a string instead of lines: each character becomes a row
import csv

text = "a,b\n1,2\n"
for row in csv.reader(text):
    print(row)
for row in csv.reader(text.splitlines()):
    print(row)
