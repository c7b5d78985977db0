# a closure reads a variable that the outer function deletes before calling it
def make_report():
    title = "Report"
    def header():
        return f"== {title} =="
    print(header())
    del title
    print(header())

make_report()
