# The csv module's errors a learner meets: strict quotes, bad delimiters, bytes lines, then an uncaught csv.Error.
import csv

tries = [
    lambda: list(csv.reader(['a,"b"c,d'])),
    lambda: list(csv.reader(['a,"b"c,d'], strict=True)),
    lambda: list(csv.reader(['"never closed'], strict=True)),
    lambda: list(csv.reader(['"never closed'])),
    lambda: list(csv.reader([b"a,b"])),
    lambda: csv.reader([], delimiter=", "),
    lambda: csv.reader([], delimiter=None),
    lambda: csv.reader([], quoting=9),
    lambda: csv.reader([], dialect="tsv"),
    lambda: list(csv.reader(["1,2,x"], quoting=csv.QUOTE_NONNUMERIC)),
    lambda: list(csv.reader(["a\rb"])),
    lambda: csv.writer([]),
]
for i, t in enumerate(tries):
    try:
        print(i, t())
    except (csv.Error, TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
print(csv.list_dialects(), csv.field_size_limit(), csv.QUOTE_NONE)
rows = csv.reader(['ok,fine', 'x,"y"z'], strict=True)
for row in rows:
    print(row)
