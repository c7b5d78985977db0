# Reading a group from a match that did not happen.
import re

for line in ["id=42", "name=ann", "junk"]:
    m = re.match(r"(\w+)=(\w+)", line)
    print(m.group(1), "->", m.group(2))
