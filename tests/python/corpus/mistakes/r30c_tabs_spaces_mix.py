# Mixing a tab and spaces inside one function.
def area(w, h):
        result = w * h
	return result

print(area(2, 3))
