# import misspelt as improt
improt math
print(math.pi)
