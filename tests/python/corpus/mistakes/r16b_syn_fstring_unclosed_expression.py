# An f-string whose expression brace is never closed
print("== fstring unclosed expression ==")

user = "ada"
print(f"hello {user")
