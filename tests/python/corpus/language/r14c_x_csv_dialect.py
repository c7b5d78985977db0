# A csv.Dialect subclass of one's own, registered by name, with skipinitialspace and a semicolon.
import csv
import io
import sys

class Semicolon(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect("semi", Semicolon)
text = "name; motto\nAna; 'Carpe; diem'\nBo; 'it''s fine'\n"
for row in csv.reader(io.StringIO(text), "semi"):
    print(row)
w = csv.writer(sys.stdout, dialect=Semicolon)
w.writerow(["x;y", "don't", 3])
d = csv.get_dialect("semi")
print(d.delimiter, d.quotechar, d.skipinitialspace, d.quoting)
print(csv.list_dialects())
csv.unregister_dialect("semi")
try:
    csv.get_dialect("semi")
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(["a\tb c\td"], dialect="excel-tab")))
class Broken(csv.Dialect):
    delimiter = ","
try:
    Broken()
except csv.Error as e:
    print("Error:", e)
