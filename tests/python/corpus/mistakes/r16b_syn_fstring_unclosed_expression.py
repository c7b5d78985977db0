# An f-string whose expression brace is never closed
user = "ada"
print(f"hello {user")
