# str methods given the wrong arguments.
s = "hello world"
for call in (lambda: s.upper("x"), lambda: s.replace("o"), lambda: s.startswith(["h"]), lambda: str.upper()):
    try:
        call()
    except TypeError as e:
        print(e)
print(s.split(" ", 1, 2))
