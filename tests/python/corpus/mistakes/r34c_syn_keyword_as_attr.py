# An object attribute named 'class' for the CSS class of a widget
class Widget:
    def __init__(self):
        self.class = "button"

w = Widget()
print(w.class)
