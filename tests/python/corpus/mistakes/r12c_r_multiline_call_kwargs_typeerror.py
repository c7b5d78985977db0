# A call over several lines with a keyword the function does not take.
def make_report(title, rows, *, width=40, sep="-"):
    print(title.center(width, sep))
    for row in rows:
        print(row)

make_report(
    "Results",
    ["a", "b"],
    width=20,
    seperator="=",
)
