# a very long attribute name misspelt, and a short one
class Stats:
    def __init__(self):
        self.number_of_completed_background_jobs_total = 5
        self.fails = 1

s = Stats()
try:
    print(s.fail)
except AttributeError as e:
    print("AttributeError:", e)
print(s.number_of_completed_backgroud_jobs_total)
