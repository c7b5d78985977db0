# A method whose else block is indented with a tab, the if block with spaces.
class Light:
    def __init__(self):
        self.on = False

    def toggle(self):
        if self.on:
            self.on = False
        else:
	    self.on = True
        return self.on

print(Light().toggle())
