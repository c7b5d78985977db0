# := used as a plain assignment statement
print("== walrus at statement ==")

total := 10
print(total)
