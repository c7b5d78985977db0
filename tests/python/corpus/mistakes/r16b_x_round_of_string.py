# round() of a number that is still text
value = "2.5"
print(round(value))
