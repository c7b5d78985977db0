# Methods that take exactly one argument, given none or two.
s = "report.txt"
for call in (lambda: s.removesuffix(), lambda: s.partition(".", 1), lambda: "-".join(),
             lambda: s.zfill(), lambda: s.center()):
    try:
        call()
    except TypeError as e:
        print(e)
print(s.rstrip(".txt", "x"))
