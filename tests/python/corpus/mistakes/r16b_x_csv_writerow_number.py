# csv.writer.writerow given a number instead of a row
import csv, io
rows = list(csv.reader(io.StringIO('a,"b\nc')))
print(rows)
w = csv.writer(io.StringIO())
w.writerow(5)
