# Shared by the whole-process benchmarks (source it): the median of numbers on stdin, and the
# GNU time check. Each benchmark keeps its own workload and table.

# median: the middle number of stdin (the mean of the two middle ones for an even count).
median() {
  sort -g | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}

# need_gnu_time: exits with a message unless /usr/bin/time (GNU time) is installed.
need_gnu_time() {
  [ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 1; }
}
