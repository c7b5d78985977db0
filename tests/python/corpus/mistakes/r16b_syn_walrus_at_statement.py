# := used as a plain assignment statement
total := 10
print(total)
