def compute_average(values):
    total = sum(values)
    count = len(values)
    return totl / count

numbers = [1, 2, 3]
try:
    compute_average(numbers)
except NameError as e:
    print("NameError:", e)
try:
    print(numbrs)
except NameError as e:
    print("NameError:", e)
try:
    lenght = len(nmbers)
except NameError as e:
    print("NameError:", e)
class Holder:
    label = "x"
    def show(self):
        return label
try:
    Holder().show()
except NameError as e:
    print("NameError:", e)
compute_average(numbers)
