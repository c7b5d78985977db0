# import misspelt as improt
print("== keyword misspelt import ==")

improt math
print(math.pi)
