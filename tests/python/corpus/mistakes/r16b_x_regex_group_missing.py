# A match object asked for a group the pattern does not have
import re
m = re.match(r"(\d+)-(\d+)", "12-34")
print(m.group(1), m.groups(), m.span())
print(m.group(3))
