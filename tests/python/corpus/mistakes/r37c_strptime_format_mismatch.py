# parsing a date typed as day/month/year with the wrong format
from datetime import datetime

text = "25/12/2024"
print(datetime.strptime(text, "%d/%m/%Y").date())
print(datetime.strptime(text, "%Y-%m-%d"))
