# An f-string whose expression ends with an operator
total = 10
print(f"total: {total +}")
