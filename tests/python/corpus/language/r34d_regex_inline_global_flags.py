# Inline flags written at the start of a pattern apply to every alternative
import re

log = "Error: disk\nerror: net\nWARNING: cpu\nwarning: fan\nINFO: ok"
print(re.findall(r"(?i)error|warning", log))
print(re.findall(r"(?im)^(error|info)", log))
print(re.findall(r"(?i)ERROR: (\w+)|warning: (\w+)", log))
print(re.sub(r"(?i)disk|FAN", "***", log).splitlines())
print(re.findall(r"(?s)net.WARN", log), re.findall(r"net.WARN", log))
print(re.compile(r"(?i)a|b").flags & re.I != 0)
print(re.split(r"(?i)\s*and\s*", "salt AND pepper and Oil"))
print(re.findall(r"(?i:x)|y", "X Y y"))
