# strptime with a format that does not match the text
print("== strptime wrong format ==")
from datetime import datetime
print(datetime.strptime("2024-03-05", "%Y-%m-%d").day)
print(datetime.strptime("05/03/2024", "%Y-%m-%d"))
