# A chain of method calls where the subscript in the middle is out of range
print("== chained methods index ==")
line = "  ada, lovelace , 1815 "
print(line.strip().split(",")[1].strip().title())
print(line.strip().split(",")[3].strip().upper())
