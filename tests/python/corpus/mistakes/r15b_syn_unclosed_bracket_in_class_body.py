# Mistake: a list in a class body never closed, found at the next method.
class Menu:
    items = ["tea", "coffee",
             "juice"

    def show(self):
        for item in self.items:
            print(item)

Menu().show()
