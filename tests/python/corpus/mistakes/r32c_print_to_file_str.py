# Passing a file name string to print's file argument.
report = ["line one", "line two"]
for line in report:
    print(line)
print("saved", file="report.txt")
