# // used where / was meant, then an int of a float string
minutes = 95
hours = minutes // 60
print("hours:", hours)
print(int("1.58"))
