# Reusing the same quotes inside an f-string (works only from 3.12).
user = {"name": "Ada"}
print(f"Hello {user["name"]}!")
