# Parsing a date with a format whose order does not match the text
from datetime import datetime

stamp = "2024-03-15 14:30"
print(datetime.strptime(stamp, "%Y-%m-%d %H:%M"))
print(datetime.strptime(stamp, "%d/%m/%Y %H:%M"))
