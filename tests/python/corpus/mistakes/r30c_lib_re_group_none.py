# Calling .group() on a failed match.
import re
for line in ["id=42", "name=bob"]:
    m = re.match(r"id=(\d+)", line)
    print(line, "->", m.group(1))
