# Removing text with the minus operator.
print("start")

filename = "report.txt"
print(filename - ".txt")
