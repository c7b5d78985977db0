# An f-string whose expression ends with an operator
print("== fstring bad expression op ==")

total = 10
print(f"total: {total +}")
