# Writing and reading CSV text in memory with quoting options, dialect sniffing and DictReader defaults.
import csv
import io

rows = [["name", "note", "amount"], ["Ann", 'said "hi", left', 3.5], ["Bob", "multi\nline", ""], ["Cid", "", 0]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, lineterminator="\n").writerows(rows)
    print(buf.getvalue(), end="---\n")
text = "id;city;pop\n1;Oslo;700000\n2;Bergen\n3;Tromsø;77000;extra\n"
dialect = csv.Sniffer().sniff(text)
print(repr(dialect.delimiter), csv.Sniffer().has_header(text))
for rec in csv.DictReader(io.StringIO(text), delimiter=";", restval="?", restkey="more"):
    print(rec)
reader = csv.reader(io.StringIO('a,"b,c",d\n"unterminated'), strict=False)
print(list(reader))
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["x", "y"], extrasaction="ignore")
w.writeheader(); w.writerow({"x": 1, "y": 2, "z": 3})
print(buf.getvalue(), end="")
csv.DictWriter(io.StringIO(), fieldnames=["x"]).writerow({"x": 1, "bad": 2})
