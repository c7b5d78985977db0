# Resetting None by accident.
print("start")

result = 5
None = result
print(result)
