# The body of an if not indented
x = 4
if x > 3:
print("big")
