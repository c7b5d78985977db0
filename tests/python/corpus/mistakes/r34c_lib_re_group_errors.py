# Reading regex groups that do not exist or did not match
import re

m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "ana@example.org")
print(m.group("user"), m.group(2), m.groupdict())
for g in (3, "domain"):
    try:
        print(m.group(g))
    except IndexError as e:
        print("IndexError:", e)
match = re.match(r"(\d+)", "abc")
print(match.group(1))
