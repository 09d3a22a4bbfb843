# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_istioctl_global_optspecs
    string join \n c/kubeconfig= context= as= as-uid= as-group= kubeclient-timeout= n/namespace= i/istioNamespace= vklog= log_output_level= log_as_json= log_caller= log_stacktrace_level= log_target= h/help
end

function __fish_istioctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_istioctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_istioctl_using_subcommand
    set -l cmd (__fish_istioctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c istioctl -n "__fish_istioctl_needs_command" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_needs_command" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_needs_command" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_needs_command" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "analyze" -d 'Analyze Istio configuration and print validation messages'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "validate" -d 'Validate Istio policy and rules files'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "v" -d 'Validate Istio policy and rules files'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "version" -d 'Print the istioctl version, and the control-plane and data-plane versions in the cluster'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "completion" -d 'Generate the autocompletion script for the specified shell'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "profile" -d 'List, dump or diff Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "namespace" -d 'Show and change how namespaces take part in the mesh (sidecar, ambient, waypoint)'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "ns" -d 'Show and change how namespaces take part in the mesh (sidecar, ambient, waypoint)'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "manifest" -d 'Commands related to Istio manifests'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "tag" -d 'Create, list and remove revision tags (aliases for control-plane revisions)'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "waypoint" -d 'Generate, apply, list, check and delete ambient waypoints'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "install" -d 'Apply an Istio control plane: render, apply in dependency order, wait until ready, prune'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "apply" -d 'Apply an Istio control plane: render, apply in dependency order, wait until ready, prune'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "upgrade" -d 'Upgrade an Istio control plane in place (the install pipeline, without the banner)'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "kube-inject" -d 'Inject Istio sidecar into Kubernetes pod resources'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "uninstall" -d 'Remove what istioctl installed (by owner labels and revision)'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "verify-install" -d 'Check the cluster against the rendered install: missing, drifted or unready objects'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "dashboard" -d 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "dash" -d 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "d" -d 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser'
complete -c istioctl -n "__fish_istioctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s k -l use-kube -d 'Use the live Kubernetes cluster for analysis; --use-kube=false analyzes files only' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s o -l output -d 'Output format: one of [log json yaml sarif]' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l output-threshold -d 'The severity level of analysis at which to display messages. Valid values: [Info Warning Error]' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l failure-threshold -d 'The severity level of analysis at which to set a non-zero exit code. Valid values: [Info Warning Error]' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s S -l suppress -d 'Suppress a message code on matching resources: "<code>=<Kind> <ns>/<name>", \'*\' wildcards (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l analyzer -d 'Run only this analyzer (repeatable; an unknown name runs all)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l meshConfigFile -d 'Overrides the mesh config values to use for analysis' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s r -l revision -d 'Analyze a specific revision deployed' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l remote-contexts -d 'Kubeconfig contexts of remote clusters to analyze too (repeatable). Without it, the remote clusters are those of the istio/multiCluster=true Secrets in the Istio namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l color -d 'Colour the level words (default: on when stdout is a terminal and TERM is not dumb)' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l timeout -d 'Accepted for compatibility; unused (as upstream)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s A -l all-namespaces -d 'Analyze all namespaces'
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s L -l list-analyzers -d 'List the analyzers available to run. Suppresses normal execution'
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -l ignore-unknown -d 'Don\'t complain about un-parseable input documents (no exit 65)'
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s v -l verbose -d 'Enable verbose output (skipped and executed analyzers on stderr)'
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s R -l recursive -d 'Obsolete: directories are always walked recursively (prints a notice and exits)'
complete -c istioctl -n "__fish_istioctl_using_subcommand analyze" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -s f -l filename -d 'Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -s x -l referential -d 'Accepted for compatibility; has no effect (as upstream)' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand validate" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -s f -l filename -d 'Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -s x -l referential -d 'Accepted for compatibility; has no effect (as upstream)' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand v" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -s s -l short -d 'One line per component (default); --short=false prints every field' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l remote -d 'Also query the control plane in the cluster; --remote=false shows only the client' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -s o -l output -d 'Output format' -r -f -a "json\t''
yaml\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -s r -l revision -d 'Control plane revision to query (default: the revision the default tag points to)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand version" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -l no-descriptions -d 'Leave command and flag descriptions out of the script'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from bash" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l no-descriptions -d 'Leave command and flag descriptions out of the script'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -l no-descriptions -d 'Leave command and flag descriptions out of the script'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from fish" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l no-descriptions -d 'Leave command and flag descriptions out of the script'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c istioctl -n "__fish_istioctl_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "list" -d 'Lists available Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "dump" -d 'Dumps an Istio configuration profile (the merged IstioOperator)'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "diff" -d 'Diffs two Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s f -l filename -d 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s r -l revision -d 'Control plane revision (alias of --set revision=REV)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s p -l config-path -d 'Print only the subtree of spec at this path, e.g. components.pilot' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s o -l output -d 'Output format' -r -f -a "yaml\t''
json\t''
flags\t'One `--set` flag per leaf value'"
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists available Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Dumps an Istio configuration profile (the merged IstioOperator)'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Diffs two Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "list" -d 'List namespaces with their data-plane mode, revision and waypoint'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "enable" -d 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "disable" -d 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "waypoint" -d 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l mode -d 'Data-plane mode' -r -f -a "sidecar\t''
ambient\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -s r -l revision -d 'Control-plane revision to use (sidecar: istio.io/rev instead of istio-injection)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l force -d 'Use the revision even when no installed revision or tag has that name'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -l dry-run -d 'Show the label changes without making them'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -l dry-run -d 'Show the label changes without making them'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l name -d 'Waypoint name to use' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l none -d 'Stop using a waypoint'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -l dry-run -d 'Show the label change without making it'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from waypoint" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "list" -d 'List namespaces with their data-plane mode, revision and waypoint'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "waypoint" -d 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none'
complete -c istioctl -n "__fish_istioctl_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "list" -d 'List namespaces with their data-plane mode, revision and waypoint'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "enable" -d 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "disable" -d 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "waypoint" -d 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and not __fish_seen_subcommand_from list enable disable waypoint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l mode -d 'Data-plane mode' -r -f -a "sidecar\t''
ambient\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -s r -l revision -d 'Control-plane revision to use (sidecar: istio.io/rev instead of istio-injection)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l force -d 'Use the revision even when no installed revision or tag has that name'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -l dry-run -d 'Show the label changes without making them'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -l dry-run -d 'Show the label changes without making them'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l name -d 'Waypoint name to use' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l none -d 'Stop using a waypoint'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -l dry-run -d 'Show the label change without making it'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from waypoint" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "list" -d 'List namespaces with their data-plane mode, revision and waypoint'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "waypoint" -d 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none'
complete -c istioctl -n "__fish_istioctl_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -f -a "generate" -d 'Generates an Istio install manifest (offline; prints the objects an install would apply)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -f -a "install" -d 'Applies an Istio manifest to the cluster (the same command as `istioctl install`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate install help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s f -l filename -d 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Control plane revision (alias of --set revision=REV)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l filter -d 'Accepted and ignored, as upstream 1.30.3 does' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l force -d 'Proceed even with validation errors (printed as warnings)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l cluster-specific -d 'Ask the cluster for its version to detect the platform (GKE); offline otherwise'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l dry-run -d 'Accepted for compatibility; generate never changes anything'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s f -l filename -d 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s r -l revision -d 'Control plane revision (alias of --set revision=REV)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l readiness-timeout -d 'How long to wait for each component to become ready (Go duration)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l force -d 'Proceed even with validation errors (printed as warnings)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s y -l skip-confirmation -d 'Install without asking for confirmation'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l dry-run -d 'Change nothing: show, per object, what an install would create, update (with the fields) or prune'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -l verify -d 'After installing, check the cluster against the rendered objects (as verify-install)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generates an Istio install manifest (offline; prints the objects an install would apply)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "install" -d 'Applies an Istio manifest to the cluster (the same command as `istioctl install`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "set" -d 'Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "generate" -d 'Print the objects of a revision tag to stdout, changing nothing'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "list" -d 'List revision tags, their revisions and the namespaces that use them'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "show" -d 'List revision tags, their revisions and the namespaces that use them'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "remove" -d 'Remove a revision tag (its webhooks and Service)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "delete" -d 'Remove a revision tag (its webhooks and Service)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s r -l revision -d 'Control-plane revision the tag points to' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l webhook-name -d 'Name for the tag\'s MutatingWebhookConfiguration (default istio-revision-tag-<tag>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l overwrite -d 'Replace an existing tag (and allow a tag named like an existing revision)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s y -l skip-confirmation -d 'Do not ask for confirmation'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l auto-inject-namespaces -d 'Inject sidecars into every namespace that has no injection label (tag default only)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Control-plane revision the tag points to' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l webhook-name -d 'Name for the tag\'s MutatingWebhookConfiguration (default istio-revision-tag-<tag>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l overwrite -d 'Replace an existing tag (and allow a tag named like an existing revision)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s y -l skip-confirmation -d 'Do not ask for confirmation'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l auto-inject-namespaces -d 'Inject sidecars into every namespace that has no injection label (tag default only)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s y -l skip-confirmation -d 'Do not ask before removing a tag that namespaces still use'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s y -l skip-confirmation -d 'Do not ask before removing a tag that namespaces still use'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print the objects of a revision tag to stdout, changing nothing'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'List revision tags, their revisions and the namespaces that use them'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a revision tag (its webhooks and Service)'
complete -c istioctl -n "__fish_istioctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l name -d 'Name of the waypoint (default "waypoint"); on status, show only this waypoint' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -f -a "generate" -d 'Print a waypoint Gateway to stdout (no cluster needed)'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -f -a "apply" -d 'Apply a waypoint Gateway to the cluster'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -f -a "list" -d 'List waypoints'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -f -a "status" -d 'Show each waypoint\'s Programmed condition (waits for it unless --wait=false)'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -f -a "delete" -d 'Delete waypoints (only Gateways of class istio-waypoint) and the labels that pointed at them'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list status delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l for -d 'Traffic the waypoint handles (unset: istiod decides, effectively service)' -r -f -a "all\t''
none\t''
service\t''
workload\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Control-plane revision of the waypoint (label istio.io/rev)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l name -d 'Name of the waypoint (default "waypoint"); on status, show only this waypoint' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l for -d 'Traffic the waypoint handles (unset: istiod decides, effectively service)' -r -f -a "all\t''
none\t''
service\t''
workload\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s r -l revision -d 'Control-plane revision of the waypoint (label istio.io/rev)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l waypoint-timeout -d 'How long --wait waits (Go duration)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l name -d 'Name of the waypoint (default "waypoint"); on status, show only this waypoint' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l enroll-namespace -d 'Also label the namespace istio.io/use-waypoint=<name>'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l overwrite -d 'Replace an existing istio.io/use-waypoint label on the namespace'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s w -l wait -d 'Wait until the Gateway is Programmed'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l name -d 'Name of the waypoint (default "waypoint"); on status, show only this waypoint' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s A -l all-namespaces -d 'All namespaces'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s w -l wait -d 'Wait until every waypoint is Programmed; --wait=false shows the current state' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l waypoint-timeout -d 'How long --wait waits (Go duration)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l name -d 'Name of the waypoint (default "waypoint"); on status, show only this waypoint' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s A -l all-namespaces -d 'All namespaces'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s r -l revision -d 'The waypoints of this revision (label istio.io/rev)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l name -d 'Name of the waypoint (default "waypoint"); on status, show only this waypoint' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l all -d 'Every waypoint in the namespace'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print a waypoint Gateway to stdout (no cluster needed)'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a waypoint Gateway to the cluster'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "list" -d 'List waypoints'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show each waypoint\'s Programmed condition (waits for it unless --wait=false)'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete waypoints (only Gateways of class istio-waypoint) and the labels that pointed at them'
complete -c istioctl -n "__fish_istioctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s f -l filename -d 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s r -l revision -d 'Control plane revision (alias of --set revision=REV)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l readiness-timeout -d 'How long to wait for each component to become ready (Go duration)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l force -d 'Proceed even with validation errors (printed as warnings)'
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s y -l skip-confirmation -d 'Install without asking for confirmation'
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l dry-run -d 'Change nothing: show, per object, what an install would create, update (with the fields) or prune'
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -l verify -d 'After installing, check the cluster against the rendered objects (as verify-install)'
complete -c istioctl -n "__fish_istioctl_using_subcommand install" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s f -l filename -d 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s r -l revision -d 'Control plane revision (alias of --set revision=REV)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l readiness-timeout -d 'How long to wait for each component to become ready (Go duration)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l force -d 'Proceed even with validation errors (printed as warnings)'
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s y -l skip-confirmation -d 'Install without asking for confirmation'
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l dry-run -d 'Change nothing: show, per object, what an install would create, update (with the fields) or prune'
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -l verify -d 'After installing, check the cluster against the rendered objects (as verify-install)'
complete -c istioctl -n "__fish_istioctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s f -l filename -d 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s r -l revision -d 'Control plane revision (alias of --set revision=REV)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l readiness-timeout -d 'How long to wait for each component to become ready (Go duration)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l force -d 'Proceed even with validation errors (printed as warnings)'
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s y -l skip-confirmation -d 'Install without asking for confirmation'
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l dry-run -d 'Change nothing: show, per object, what an install would create, update (with the fields) or prune'
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -l verify -d 'After installing, check the cluster against the rendered objects (as verify-install)'
complete -c istioctl -n "__fish_istioctl_using_subcommand upgrade" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -s f -l filename -d 'Input Kubernetes resource filename ("-" reads stdin)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -s o -l output -d 'Modified output Kubernetes resource filename' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l meshConfigFile -d 'Mesh configuration filename. Takes precedence over --meshConfigMapName if set' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l meshConfigMapName -d 'ConfigMap name for Istio mesh configuration, key should be "mesh"' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l injectConfigFile -d 'Injection configuration filename. Cannot be used with --injectConfigMapName' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l injectConfigMapName -d 'ConfigMap name for Istio sidecar injection, key should be "config"' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l valuesFile -d 'Injection values configuration filename' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l operatorFileName -d 'Path to file containing IstioOperator custom resource; its values and meshConfig win' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l webhookConfig -d 'MutatingWebhookConfiguration name of the injector (used only in messages)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -s r -l revision -d 'Control plane revision' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l xds-address -d 'Istiod address (accepted for compatibility; no remote injection in this build)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l cert-dir -d 'XDS client certificate directory (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l xds-label -d 'Istiod pod label selector (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l xds-port -d 'Istiod pod port (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l timeout -d 'The duration to wait before failing (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l authority -d 'XDS Subject Alternative Name (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l insecure -d 'Allow insecure XDS TLS (accepted for compatibility)' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l plaintext -d 'Plaintext XDS (accepted for compatibility)' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand kube-inject" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s r -l revision -d 'Uninstall this control-plane revision' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s f -l filename -d 'IstioOperator file naming the install (its metadata.name/namespace)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s s -l set -d 'Override an IstioOperator value (only metadata name/namespace matter here)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l purge -d 'Remove every revision, the CRDs, the revision tags and the waypoints istioctl created'
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s y -l skip-confirmation -d 'Uninstall without asking for confirmation'
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l force -d 'Accepted for compatibility; has no effect (as upstream)'
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s v -l verbose -d 'List every object that will be removed'
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -l dry-run -d 'List what would be removed without removing anything'
complete -c istioctl -n "__fish_istioctl_using_subcommand uninstall" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s f -l filename -d 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s d -l manifests -d 'Directory holding profiles/ (and templates/) to use instead of the built-in ones' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s r -l revision -d 'Control plane revision (alias of --set revision=REV)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand verify-install" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "kiali" -d 'Open Kiali web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "prometheus" -d 'Open Prometheus web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "grafana" -d 'Open Grafana web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "jaeger" -d 'Open Jaeger web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "zipkin" -d 'Open Zipkin web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "skywalking" -d 'Open SkyWalking UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "proxy" -d 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "envoy" -d 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "controlz" -d 'Open ControlZ web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "istiod-debug" -d 'Open the debug web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "proxy" -d 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open ControlZ web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open the debug web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "kiali" -d 'Open Kiali web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "prometheus" -d 'Open Prometheus web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "grafana" -d 'Open Grafana web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "jaeger" -d 'Open Jaeger web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "zipkin" -d 'Open Zipkin web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "skywalking" -d 'Open SkyWalking UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "proxy" -d 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "envoy" -d 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "controlz" -d 'Open ControlZ web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "istiod-debug" -d 'Open the debug web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "proxy" -d 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open ControlZ web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open the debug web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "kiali" -d 'Open Kiali web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "prometheus" -d 'Open Prometheus web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "grafana" -d 'Open Grafana web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "jaeger" -d 'Open Jaeger web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "zipkin" -d 'Open Zipkin web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "skywalking" -d 'Open SkyWalking UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "proxy" -d 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "envoy" -d 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "controlz" -d 'Open ControlZ web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "istiod-debug" -d 'Open the debug web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking proxy envoy controlz istiod-debug help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l ui-port -d 'The component dashboard UI port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ port' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen on (0: the remote port when free, else any free port)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser; --browser=false only prints the URL' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)' -r -F
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Kubernetes configuration context' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Username to impersonate for the operation' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as-uid -d 'UID to impersonate for the operation (only with --as)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Group to impersonate for the operation (repeatable)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Kubernetes client timeout (Go duration, e.g. 15s)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace (defaults to the context\'s namespace, then "default")' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l vklog -d 'Accepted for compatibility (client-go log level); has no effect' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l log_output_level -d 'Istio log level per scope (accepted for compatibility)' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l log_as_json -d 'Accepted for compatibility' -r -f -a "true\t''
false\t''"
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l log_caller -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l log_stacktrace_level -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l log_target -d 'Accepted for compatibility' -r
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "proxy" -d 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open ControlZ web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open the debug web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "analyze" -d 'Analyze Istio configuration and print validation messages'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "validate" -d 'Validate Istio policy and rules files'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "version" -d 'Print the istioctl version, and the control-plane and data-plane versions in the cluster'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "completion" -d 'Generate the autocompletion script for the specified shell'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "profile" -d 'List, dump or diff Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "namespace" -d 'Show and change how namespaces take part in the mesh (sidecar, ambient, waypoint)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "manifest" -d 'Commands related to Istio manifests'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "tag" -d 'Create, list and remove revision tags (aliases for control-plane revisions)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "waypoint" -d 'Generate, apply, list, check and delete ambient waypoints'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "install" -d 'Apply an Istio control plane: render, apply in dependency order, wait until ready, prune'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "upgrade" -d 'Upgrade an Istio control plane in place (the install pipeline, without the banner)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "kube-inject" -d 'Inject Istio sidecar into Kubernetes pod resources'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "uninstall" -d 'Remove what istioctl installed (by owner labels and revision)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "verify-install" -d 'Check the cluster against the rendered install: missing, drifted or unready objects'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "dashboard" -d 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate version completion profile namespace manifest tag waypoint install upgrade kube-inject uninstall verify-install dashboard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'Lists available Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "dump" -d 'Dumps an Istio configuration profile (the merged IstioOperator)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "diff" -d 'Diffs two Istio configuration profiles'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "list" -d 'List namespaces with their data-plane mode, revision and waypoint'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "enable" -d 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "disable" -d 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "waypoint" -d 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "generate" -d 'Generates an Istio install manifest (offline; prints the objects an install would apply)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "install" -d 'Applies an Istio manifest to the cluster (the same command as `istioctl install`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "set" -d 'Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "generate" -d 'Print the objects of a revision tag to stdout, changing nothing'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'List revision tags, their revisions and the namespaces that use them'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "remove" -d 'Remove a revision tag (its webhooks and Service)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "generate" -d 'Print a waypoint Gateway to stdout (no cluster needed)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "apply" -d 'Apply a waypoint Gateway to the cluster'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "list" -d 'List waypoints'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "status" -d 'Show each waypoint\'s Programmed condition (waits for it unless --wait=false)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "delete" -d 'Delete waypoints (only Gateways of class istio-waypoint) and the labels that pointed at them'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "kiali" -d 'Open Kiali web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "grafana" -d 'Open Grafana web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "proxy" -d 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "envoy" -d 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "controlz" -d 'Open ControlZ web UI of an istiod pod'
complete -c istioctl -n "__fish_istioctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "istiod-debug" -d 'Open the debug web UI of an istiod pod'
