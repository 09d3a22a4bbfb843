complete --keep-order --exclusive --command istioctl --arguments "(ISTIOCTL_COMPLETE=fish istioctl -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
