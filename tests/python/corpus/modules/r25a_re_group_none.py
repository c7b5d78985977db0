import re

emails = ["ann@x.org", "not-an-email", "bob@y.com"]
for e in emails:
    m = re.match(r"(\w+)@(\w+)\.(\w+)", e)
    print(m.group(1), "at", m.group(2))
