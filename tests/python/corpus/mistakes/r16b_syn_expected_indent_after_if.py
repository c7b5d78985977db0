# The body of an if not indented
print("== expected indent after if ==")
x = 4
if x > 3:
print("big")
