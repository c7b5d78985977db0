# Reusing the same quotes inside an f-string (works only from 3.12).
# (kept short on purpose: the mistake is the point)
#
user = {"name": "Ada"}
print(f"Hello {user["name"]}!")
