# An except clause after an if, its try forgotten.
value = "12x"
if value:
    number = int(value)
except ValueError:
    number = 0
print(number)
